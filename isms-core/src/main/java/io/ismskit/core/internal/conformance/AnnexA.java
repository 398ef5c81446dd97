package io.ismskit.core.internal.conformance;

import io.ismskit.core.catalog.ControlId;
import java.util.ArrayList;
import java.util.List;

/** The 93 control ids of ISO/IEC 27001:2022 Annex A, in catalog order. Not part of the API. */
public final class AnnexA {
  private static final int[] THEME_SIZES = {37, 8, 14, 34};
  private static final List<ControlId> IDS;

  static {
    List<ControlId> ids = new ArrayList<>(93);
    for (int t = 0; t < THEME_SIZES.length; t++) {
      for (int n = 1; n <= THEME_SIZES[t]; n++) {
        ids.add(ControlId.of("A." + (t + 5) + "." + n));
      }
    }
    IDS = List.copyOf(ids);
  }

  private AnnexA() {}

  /** The 93 ids, {@code A.5.1} to {@code A.8.34}. */
  public static List<ControlId> ids() {
    return IDS;
  }
}
