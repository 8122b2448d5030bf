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
 *
 * <p>Form 2, the current one, is {@code v2:} and 61 hex digits of the SHA-256 of the operations'
 * {@link ChecksumText}, one a line. Form 1 (64 hex digits) hashed the records' {@code toString()},
 * which changed whenever a model record gained a field; a database that recorded form 1 is still
 * recognised by {@link #legacy}, and its rows are rewritten to form 2 by the next upgrade or downgrade.
 */
public final class Checksums {

  /** The prefix of the current form; a form-1 checksum has none. */
  public static final String CURRENT_FORM = "v2:";

  private static final int WIDTH = 64; // the history table's checksum column

  private Checksums() {}

  /** The current form of the operations' checksum. */
  public static String of(List<Operation> operations) {
    StringBuilder text = new StringBuilder();
    operations.forEach(operation -> text.append(ChecksumText.of(operation)).append('\n'));
    return CURRENT_FORM + sha256(text.toString()).substring(0, WIDTH - CURRENT_FORM.length());
  }

  /** Form 1, as databases recorded it before form 2: only to recognise their rows. */
  public static String legacy(List<Operation> operations) {
    StringBuilder text = new StringBuilder();
    for (Operation operation : operations) {
      text.append(operation instanceof ExecuteJdbc jdbc ? "ExecuteJdbc[description=" + jdbc.description() + "]"
          : operation.toString()).append('\n');
    }
    return sha256(text.toString());
  }

  /** Whether a stored checksum is of an older form than {@link #of}. */
  public static boolean isLegacy(String stored) {
    return stored != null && !stored.startsWith(CURRENT_FORM);
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime provides SHA-256", e);
    }
  }
}
