package org.jpamigrations.dialect;

import java.sql.Types;
import java.util.Map;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceInitiator;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.jdbc.env.internal.JdbcEnvironmentImpl;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
import org.hibernate.service.spi.ServiceRegistryImplementor;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.TimeZoneSupport;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.JdbcType;
import org.hibernate.type.descriptor.sql.spi.DdlTypeRegistry;
import org.hibernate.type.spi.TypeConfiguration;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.SqlTypeCodes;

/**
 * Type names from the DDL type registry that a Hibernate dialect fills in. The registry is only
 * complete once the dialect has contributed its types to a {@link TypeConfiguration}, so this boots
 * an empty mapping (without a connection) once per dialect, the cheapest way to get exactly the
 * names Hibernate's schema export writes.
 */
final class TypeNames {

  /** H2's defaults, which the model's sizes are read with (see {@link #precision}). */
  private static final int PORTABLE_SECOND_PRECISION = 6;
  private static final int PORTABLE_FLOAT_PRECISION = 24;

  private final Dialect dialect;
  private final String databaseName;
  private TypeConfiguration types;

  TypeNames(Dialect dialect, String databaseName) {
    this.dialect = dialect;
    this.databaseName = databaseName;
  }

  /**
   * The type name for the code and sizes; sizes left out are filled with Hibernate's defaults. An enum
   * stored by name gets the database's native enum type where Hibernate uses one, as its
   * {@code EnumJavaType} decides: when the dialect registers a JDBC type for {@code ENUM}.
   */
  String name(ColumnType type) {
    if (type.isEnum() && !type.byOrdinal() && nativeEnums()) {
      // Hibernate lists a native enum's constants sorted (EnumHelper.getSortedEnumeratedValues)
      return dialect.getEnumTypeDeclaration(null, type.values().stream().sorted().toArray(String[]::new));
    }
    TypeConfiguration configuration = types();
    DdlTypeRegistry registry = configuration.getDdlTypeRegistry();
    int code = type.code();
    if (SqlTypes.isEnumType(code)) {
      // Hibernate writes native enum types from the Java enum's constants, which a code cannot carry.
      throw new MigrationException("Column type " + SqlTypeCodes.name(code) + " (JDBC code " + code
          + ") is a native enum type whose values " + databaseName + " must be told: give the column its SQL type, "
          + "e.g. ColumnType.definedAs(\"enum ('A','B')\")");
    }
    Long length = type.length();
    if ((code == Types.TIMESTAMP_WITH_TIMEZONE || code == Types.TIME_WITH_TIMEZONE)
        && dialect.getTimeZoneSupport() != TimeZoneSupport.NATIVE) {
      // Hibernate's default time zone storage: the offset itself where the database keeps one, else the
      // instant normalized to UTC (timestamp with time zone on PostgreSQL, datetime on MariaDB).
      code = code == Types.TIMESTAMP_WITH_TIMEZONE ? SqlTypes.TIMESTAMP_UTC : SqlTypes.TIME_UTC;
    }
    if (registry.getDescriptor(code) == null) {
      // Some codes have no DDL type of their own on some databases (UUID on MySQL is binary(16));
      // Hibernate then stores them as the JDBC type's DDL type.
      JdbcType jdbcType = configuration.getJdbcTypeRegistry().findDescriptor(code);
      if (jdbcType == null || registry.getDescriptor(jdbcType.getDdlTypeCode()) == null) {
        throw new MigrationException("Column type " + SqlTypeCodes.name(code) + " (JDBC code " + code
            + ") has no SQL type on " + databaseName + ": give the column an explicit SQL type (columnDefinition)");
      }
      if (code == SqlTypeCodes.UUID && length == null) {
        length = 16L;
      }
      code = jdbcType.getDdlTypeCode();
    }
    Size size = new Size(precision(code, type.precision()), type.scale(), length);
    if (length == null && SqlTypeCodes.isLob(code)) {
      // A @Lob String or byte[] of no explicit length, sized as Hibernate sizes it here: 255 on most
      // databases, the largest LOB on MySQL and MariaDB (longtext, not tinytext).
      JavaType<?> javaType = configuration.getJavaTypeRegistry().getDescriptor(code == Types.BLOB ? byte[].class : String.class);
      size.setLength(dialect.getSizeStrategy()
          .resolveSize(configuration.getJdbcTypeRegistry().getDescriptor(code), javaType, null, null, null).getLength());
    }
    if (size.getLength() == null && isCharacterOrBinary(code)) {
      size.setLength(Size.DEFAULT_LENGTH);
    }
    if (size.getPrecision() == null) {
      size.setPrecision(defaultPrecision(code));
    }
    if (size.getScale() == null && (code == Types.NUMERIC || code == Types.DECIMAL)) {
      size.setScale(Size.DEFAULT_SCALE);
    }
    return registry.getTypeName(code, size);
  }

  /**
   * The precision to render. The mapping is read for every database as Hibernate reads it for H2, whose
   * defaults are 6 digits of fractional seconds and 24 bits for a {@code float}: those stand for the
   * database's own defaults (7 on SQL Server, 9 on Oracle; 23 bits on MySQL), as Hibernate gives them.
   */
  private Integer precision(int code, Integer precision) {
    if (precision == null) {
      return null;
    }
    if (precision == PORTABLE_SECOND_PRECISION && hasFractionalSeconds(code)) {
      return dialect.getDefaultTimestampPrecision();
    }
    if (precision == PORTABLE_FLOAT_PRECISION && (code == Types.FLOAT || code == Types.REAL)) {
      return dialect.getFloatPrecision();
    }
    return precision;
  }

  private static boolean hasFractionalSeconds(int code) {
    return code == Types.TIMESTAMP || code == Types.TIMESTAMP_WITH_TIMEZONE || code == SqlTypes.TIMESTAMP_UTC
        || code == Types.TIME || code == Types.TIME_WITH_TIMEZONE || code == SqlTypes.TIME_UTC;
  }

  /** Whether the database has arrays, where Hibernate keeps a basic array's type name ({@code integer array}). */
  boolean nativeArrays() {
    return dialect.getPreferredSqlTypeCodeForArray() == Types.ARRAY;
  }

  /**
   * The type Hibernate stores a basic array in where the database has no arrays: JSON on MySQL and
   * MariaDB, bytes elsewhere.
   */
  String arrayStandIn() {
    int code = dialect.getPreferredSqlTypeCodeForArray();
    // Hibernate's JSON and XML array types are declared as the plain JSON and XML types
    return name(ColumnType.of(code == SqlTypes.JSON_ARRAY ? SqlTypes.JSON : code == SqlTypes.XML_ARRAY ? SqlTypes.SQLXML : code));
  }

  /** Whether Hibernate stores an enum by name in a native enum type here (H2, MySQL, MariaDB). */
  boolean nativeEnums() {
    return types().getJdbcTypeRegistry().hasRegisteredDescriptor(SqlTypes.ENUM);
  }

  /**
   * The condition of the check constraint Hibernate adds to a column of this type, or {@code null}:
   * an enum's names or ordinal range where no native enum type holds them, and what the JDBC type
   * itself demands (a boolean stored as a number on Oracle).
   */
  String impliedCheck(String quotedColumn, ColumnType type) {
    if (!dialect.supportsColumnCheck()) {
      return null;
    }
    if (type.byOrdinal()) {
      return dialect.getCheckCondition(quotedColumn, 0, type.values().size() - 1);
    }
    if (type.isEnum()) {
      return nativeEnums() ? null : dialect.getCheckCondition(quotedColumn, type.values().toArray(String[]::new));
    }
    TypeConfiguration configuration = types();
    JdbcType jdbcType = configuration.getJdbcTypeRegistry().findDescriptor(type.code());
    if (jdbcType == null) {
      return null;
    }
    return jdbcType.getCheckCondition(
        quotedColumn, jdbcType.getJdbcRecommendedJavaTypeMapping(null, null, configuration), null, dialect);
  }

  private Integer defaultPrecision(int code) {
    return switch (code) {
      case Types.NUMERIC, Types.DECIMAL -> dialect.getDefaultDecimalPrecision();
      case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE, SqlTypeCodes.TIMESTAMP_UTC ->
          dialect.getDefaultTimestampPrecision();
      case Types.TIME, Types.TIME_WITH_TIMEZONE -> 0;
      case Types.FLOAT, Types.DOUBLE -> dialect.getDoublePrecision();
      case Types.REAL -> dialect.getFloatPrecision();
      default -> null;
    };
  }

  private static boolean isCharacterOrBinary(int code) {
    return switch (code) {
      case Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR, Types.BINARY, Types.VARBINARY -> true;
      default -> false;
    };
  }

  private synchronized TypeConfiguration types() {
    if (types == null) {
      // The JDBC environment is given, not resolved: resolving it logs a deprecation warning and a block of
      // "Database info" into every application that migrates at start-up.
      StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
          .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
          .addInitiator(new StandardServiceInitiator<JdbcEnvironment>() {
            @Override
            public Class<JdbcEnvironment> getServiceInitiated() {
              return JdbcEnvironment.class;
            }

            @Override
            public JdbcEnvironment initiateService(Map<String, Object> settings, ServiceRegistryImplementor services) {
              return new JdbcEnvironmentImpl(services, dialect);
            }
          })
          .build();
      try {
        types = new MetadataSources(registry).buildMetadata().getDatabase().getTypeConfiguration();
      } finally {
        StandardServiceRegistryBuilder.destroy(registry);
      }
    }
    return types;
  }
}
