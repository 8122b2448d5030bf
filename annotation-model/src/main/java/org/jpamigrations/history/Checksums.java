package org.jpamigrations.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.jpamigrations.operation.ExecuteJdbc;
import org.jpamigrations.operation.Operation;

/**
 * Fingerprints of a migration's operations, stored with each applied revision so that a migration
 * edited after it ran can be noticed.
 */
public final class Checksums {

  private Checksums() {}

  /** SHA-256, in lower-case hex, of the operations' text form, one per line. */
  public static String of(List<Operation> operations) {
    StringBuilder text = new StringBuilder();
    for (Operation operation : operations) {
      text.append(stableText(operation)).append('\n');
    }
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime provides SHA-256", e);
    }
  }

  // Records print their components, which is stable for schema operations; Java code is not data,
  // and a lambda's toString() changes between compilations, so only its description counts.
  private static String stableText(Operation operation) {
    if (operation instanceof ExecuteJdbc jdbc) {
      return "ExecuteJdbc[description=" + jdbc.description() + "]";
    }
    return operation.toString();
  }
}
