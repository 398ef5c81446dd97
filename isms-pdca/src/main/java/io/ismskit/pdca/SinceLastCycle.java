package io.ismskit.pdca;

import io.ismskit.core.Isms;
import io.ismskit.core.diff.ChangeKind;
import io.ismskit.core.diff.IsmsDiff;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.risk.Risk;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What changed in the ISMS since a snapshot kept from the last cycle (or the last management
 * review), so that a cycle starts from the last one instead of from scratch: the {@link IsmsDiff}
 * for the management review's input on changes (9.3.2 c), and the risks to assess again in the
 * next risk assessment (8.2): those added, those changed, and those of an asset added or changed.
 *
 * <pre>{@code
 * SinceLastCycle since = SinceLastCycle.between(atLastReview, now);
 * since.diff().summary();   // "Risk: 1 added; 1 changed (R-1: owner) ..."
 * since.toReassess(now);    // [R-9, R-1, R-4]: R-4 names an asset whose classification changed
 * }</pre>
 *
 * @param diff every entity added, removed or changed, by kind, id and field
 * @param newRisks the risks added, in the order of the newer snapshot
 * @param changedRisks the risks changed, in the order of the newer snapshot
 * @param changedAssets the assets added or changed, in the order of the newer snapshot
 * @implSpec Immutable and thread-safe; linear in the size of the two snapshots.
 */
public record SinceLastCycle(IsmsDiff diff, List<RiskId> newRisks, List<RiskId> changedRisks,
    List<AssetId> changedAssets) {

  /** Copies the lists; requires all parts. */
  public SinceLastCycle {
    Objects.requireNonNull(diff, "diff");
    newRisks = List.copyOf(newRisks);
    changedRisks = List.copyOf(changedRisks);
    changedAssets = List.copyOf(changedAssets);
  }

  /** What changed from {@code before} (the snapshot kept from the last cycle) to {@code now}. */
  public static SinceLastCycle between(Isms before, Isms now) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(now, "now");
    IsmsDiff diff = IsmsDiff.between(before, now);
    List<AssetId> assets = new ArrayList<>();
    for (String id : diff.ids("Asset", ChangeKind.ADDED)) {
      assets.add(AssetId.of(id));
    }
    for (String id : diff.ids("Asset", ChangeKind.CHANGED)) {
      assets.add(AssetId.of(id));
    }
    return new SinceLastCycle(diff, diff.ids("Risk", ChangeKind.ADDED).stream().map(RiskId::of).toList(),
        diff.ids("Risk", ChangeKind.CHANGED).stream().map(RiskId::of).toList(), assets);
  }

  /**
   * The risks of {@code now} to assess again: the new ones, the changed ones, then those naming an
   * added or changed asset, each once, in that order.
   */
  public List<RiskId> toReassess(Isms now) {
    Objects.requireNonNull(now, "now");
    Set<RiskId> out = new LinkedHashSet<>(newRisks);
    out.addAll(changedRisks);
    Set<AssetId> assets = new HashSet<>(changedAssets);
    if (!assets.isEmpty()) {
      for (Risk r : now.risks()) {
        for (AssetId a : r.assets()) {
          if (assets.contains(a)) {
            out.add(r.id());
            break;
          }
        }
      }
    }
    return List.copyOf(out);
  }
}
