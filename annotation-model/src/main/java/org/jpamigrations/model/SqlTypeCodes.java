package org.jpamigrations.model;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;

/** Names and kinds of JDBC type codes. */
public final class SqlTypeCodes {

  /** Type codes Hibernate adds to {@link Types} ({@code org.hibernate.type.SqlTypes}). */
  public static final int UUID = 3000;
  public static final int JSON = 3001;
  public static final int INET = 3002;
  public static final int TIMESTAMP_UTC = 3003;
  public static final int INTERVAL_SECOND = 3100;
  public static final int GEOMETRY = 3200;
  public static final int GEOGRAPHY = 3250;
  /** An enum stored in a type of its own, which the database declares apart from tables (PostgreSQL). */
  public static final int NAMED_ENUM = 6001;
  public static final int NAMED_ORDINAL_ENUM = 6003;

  private static final Map<Integer, String> NAMES = new HashMap<>();

  static {
    for (Field field : Types.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
        try {
          NAMES.putIfAbsent(field.getInt(null), field.getName().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    NAMES.put(UUID, "uuid");
    NAMES.put(JSON, "json");
    NAMES.put(INET, "inet");
    NAMES.put(TIMESTAMP_UTC, "timestamp_utc");
    NAMES.put(INTERVAL_SECOND, "interval_second");
    NAMES.put(GEOMETRY, "geometry");
    NAMES.put(GEOGRAPHY, "geography");
    NAMES.put(NAMED_ENUM, "named_enum");
    NAMES.put(NAMED_ORDINAL_ENUM, "named_ordinal_enum");
  }

  private SqlTypeCodes() {}

  /** Whether the code is a character type, which can hold an enum's names. */
  public static boolean isCharacter(int code) {
    return code == Types.CHAR || code == Types.VARCHAR || code == Types.NCHAR || code == Types.NVARCHAR;
  }

  /** Whether the code is an integer type, which can hold an enum's ordinals. */
  public static boolean isInteger(int code) {
    return code == Types.TINYINT || code == Types.SMALLINT || code == Types.INTEGER || code == Types.BIGINT;
  }

  /** Large objects, whose length the model leaves to each database when the mapping gives none. */
  public static boolean isLob(int code) {
    return code == Types.CLOB || code == Types.NCLOB || code == Types.BLOB;
  }

  /** The lower-case name of a type code, or {@code type#<code>} for one not known here. */
  public static String name(int code) {
    return NAMES.getOrDefault(code, "type#" + code);
  }
}
