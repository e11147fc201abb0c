package org.offerfacts.catalog;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/** Named conversions a rule may apply to the number it read. */
public enum ValueTransform {
  /** An IPv4 prefix length ("/29") to the number of addresses in the block (8). */
  IPV4_PREFIX_TO_COUNT("ipv4_prefix_to_count", prefix -> Math.pow(2, 32 - prefix));

  private final String id;
  private final DoubleUnaryOperator conversion;

  ValueTransform(String id, DoubleUnaryOperator conversion) {
    this.id = id;
    this.conversion = conversion;
  }

  public String id() {
    return id;
  }

  public double apply(double value) {
    return conversion.applyAsDouble(value);
  }

  public static Optional<ValueTransform> byId(String id) {
    return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
  }
}
