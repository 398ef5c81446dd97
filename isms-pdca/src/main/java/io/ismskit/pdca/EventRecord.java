package io.ismskit.pdca;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The stored form of a {@link PdcaEvent}: its type, the version of its form, and its fields as
 * text, in key order. A host stores records in any medium (a table, JSON, the text lines of {@link
 * EventLog}); {@link EventCodec} turns events into records and records of this or an older version
 * back into events.
 *
 * <p>Lists are stored as numbered keys ({@code carried.0.ref}, {@code carried.0.reason}, {@code
 * carried.1.ref}, ...).
 *
 * @param type the event type, such as {@code "phase-advanced"}
 * @param version the version of the stored form, from 1
 * @param fields the fields, in key order
 * @implSpec This class is immutable and thread-safe.
 */
public record EventRecord(String type, int version, SortedMap<String, String> fields) {
  /** Copies the fields; requires a type and a version of at least 1. */
  public EventRecord {
    Objects.requireNonNull(type, "type");
    if (version < 1) {
      throw new IllegalArgumentException("EventRecord.version: must be >= 1, was " + version);
    }
    fields = Collections.unmodifiableSortedMap(new TreeMap<>(fields));
  }

  /** A record of {@code type} and {@code version} with {@code fields}. */
  public static EventRecord of(String type, int version, Map<String, String> fields) {
    return new EventRecord(type, version, new TreeMap<>(fields));
  }

  /** This record with another version and fields, as an upcaster makes it. */
  public EventRecord with(int newVersion, Map<String, String> newFields) {
    return new EventRecord(type, newVersion, new TreeMap<>(newFields));
  }
}
