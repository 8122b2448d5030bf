package org.jpamigrations.plugin.inspect;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts type names of different spellings on one footing, so that {@code int4} and {@code integer},
 * or {@code character varying(255)} and {@code varchar(255)}, compare equal. Sizes are compared
 * only where they matter: lengths of character and binary types, precision and scale of decimals.
 */
final class TypeNames {

  private static final Pattern SIZED = Pattern.compile("^([^(]*)\\(([^)]*)\\)(.*)$");

  private static final Map<String, String> SYNONYMS = Map.ofEntries(
      Map.entry("character varying", "varchar"),
      Map.entry("varchar2", "varchar"),
      Map.entry("nvarchar", "varchar"),
      Map.entry("nvarchar2", "varchar"),
      Map.entry("national character varying", "varchar"),
      Map.entry("character", "char"),
      Map.entry("bpchar", "char"),
      Map.entry("nchar", "char"),
      Map.entry("int", "integer"),
      Map.entry("int4", "integer"),
      Map.entry("serial", "integer"),
      Map.entry("int8", "bigint"),
      Map.entry("bigserial", "bigint"),
      Map.entry("int2", "smallint"),
      Map.entry("bool", "boolean"),
      Map.entry("bit", "boolean"),
      Map.entry("float8", "double"),
      Map.entry("double precision", "double"),
      Map.entry("float", "double"),
      Map.entry("float4", "real"),
      Map.entry("decimal", "numeric"),
      Map.entry("number", "numeric"),
      Map.entry("timestamp without time zone", "timestamp"),
      Map.entry("datetime", "timestamp"),
      Map.entry("datetime2", "timestamp"),
      Map.entry("timestamp with time zone", "timestamptz"),
      Map.entry("datetimeoffset", "timestamptz"),
      Map.entry("time without time zone", "time"),
      Map.entry("binary varying", "varbinary"),
      Map.entry("bytea", "varbinary"),
      Map.entry("character large object", "clob"),
      Map.entry("binary large object", "blob"),
      Map.entry("longtext", "clob"),
      Map.entry("longblob", "blob"));

  private TypeNames() {}

  /** The family of a type name, without size: {@code varchar}, {@code integer}, {@code numeric}... */
  static String family(String typeName) {
    String name = typeName.toLowerCase(Locale.ROOT).strip();
    Matcher sized = SIZED.matcher(name);
    if (sized.matches()) {
      name = (sized.group(1) + sized.group(3)).strip();
    }
    name = name.replaceAll("\\s+", " ");
    return SYNONYMS.getOrDefault(name, name);
  }

  static boolean hasLength(String family) {
    return family.equals("varchar") || family.equals("char") || family.equals("varbinary")
        || family.equals("binary");
  }

  static boolean hasPrecision(String family) {
    return family.equals("numeric");
  }

  /** The canonical form: family, and the size when the family has one: {@code varchar(255)}, {@code numeric(10,2)}. */
  static String canonical(String typeName) {
    String family = family(typeName);
    Matcher sized = SIZED.matcher(typeName.toLowerCase(Locale.ROOT).strip());
    if (!sized.matches() || !(hasLength(family) || hasPrecision(family))) {
      return family;
    }
    String[] parts = sized.group(2).split(",");
    if (hasLength(family)) {
      return family + "(" + parts[0].strip() + ")";
    }
    String scale = parts.length > 1 ? parts[1].strip() : "0";
    return family + "(" + parts[0].strip() + "," + scale + ")";
  }
}
