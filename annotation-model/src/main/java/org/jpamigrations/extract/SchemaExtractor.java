package org.jpamigrations.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.NamingHelper;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.QualifiedSequenceName;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.engine.jdbc.env.spi.NameQualifierSupport;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;
import org.jpamigrations.model.CheckConstraint;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.PrimaryKey;
import org.jpamigrations.model.ReferentialAction;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Sequence;
import org.jpamigrations.model.UniqueConstraint;

/**
 * Reads Hibernate's boot metamodel into the schema model: the tables, constraints, indexes and
 * sequences that Hibernate's schema export would create, with the same names, column order and
 * types.
 *
 * <p>It compiles against Hibernate 7 and runs on 6.6 as well (the project's own Hibernate may read
 * the mapping, see {@link MappingReader}): it calls only what both versions have with the same
 * signature, and {@link ColumnCalls} for what differs.
 */
public final class SchemaExtractor {

  /** Tables and sequences are listed by name, ignoring quotes and case, for stable output. */
  private static final Comparator<String> BY_NAME =
      Comparator.<String, String>comparing(name -> Names.bare(name).toLowerCase(Locale.ROOT))
          .thenComparing(Comparator.naturalOrder());

  private SchemaExtractor() {}

  /**
   * The schema Hibernate would export for this metadata. Call it on freshly built metadata that is
   * not used afterwards: like the export itself, it registers the unique keys of unique columns on
   * their tables.
   */
  public static Schema extract(Metadata metadata) {
    Dialect dialect = metadata.getDatabase().getDialect();
    NameQualifierSupport qualifiers = metadata.getDatabase().getJdbcEnvironment().getNameQualifierSupport();
    List<Table> tables = new ArrayList<>();
    List<Sequence> sequences = new ArrayList<>();
    for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
      for (Table table : namespace.getTables()) {
        if (table.isPhysicalTable() && !table.isView()) {
          tables.add(table);
        }
      }
      for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
        sequences.add(new Sequence(
            sequenceName(sequence.getName(), qualifiers), sequence.getInitialValue(), sequence.getIncrementSize()));
      }
    }
    // The export adds unique keys for unique columns while it writes CREATE TABLE, before it reads
    // any table's unique keys; do the same first.
    tables.forEach(SchemaExtractor::registerColumnUniqueKeys);
    List<org.jpamigrations.model.Table> result = new ArrayList<>();
    for (Table table : tables) {
      result.add(table(table, metadata, dialect, qualifiers));
    }
    result.sort(Comparator.comparing(org.jpamigrations.model.Table::name, BY_NAME));
    sequences.sort(Comparator.comparing(Sequence::name, BY_NAME));
    return new Schema(result, sequences);
  }

  private static org.jpamigrations.model.Table table(
      Table table, Metadata metadata, Dialect dialect, NameQualifierSupport qualifiers) {
    List<org.jpamigrations.model.Column> columns = new ArrayList<>();
    for (Column column : table.getColumns()) {
      columns.add(column(column, metadata, dialect));
    }
    // Reading the unique keys first matters: it drops those that repeat the primary key, and such a
    // key is what gives the primary key a name.
    List<UniqueConstraint> uniques = new ArrayList<>();
    for (UniqueKey key : table.getUniqueKeys().values()) {
      uniques.add(new UniqueConstraint(uniqueKeyName(key), columnNames(key.getColumns())));
    }
    String name = tableName(table, qualifiers);
    return new org.jpamigrations.model.Table(
        name,
        columns,
        primaryKey(table),
        uniques,
        foreignKeys(table, dialect, qualifiers),
        indexes(table, dialect),
        table.getComment(),
        checks(name, table, dialect));
  }

  /**
   * The checks of the columns, in column order, then those of the table, with the conditions as
   * Hibernate writes them: {@code @Check}'s text verbatim, and those a converter implies ({@code 'Y','N'}).
   * The checks a column's type implies on some databases only (an enum's values, a boolean stored as a
   * number) are left to the type: see {@link EnumColumns}. A check the mapping does not name gets the
   * name {@link CheckConstraint#named} makes, where the export leaves it to the database.
   */
  private static List<CheckConstraint> checks(String tableName, Table table, Dialect dialect) {
    List<CheckConstraint> checks = new ArrayList<>();
    if (!dialect.supportsColumnCheck() && !dialect.supportsTableCheck()) {
      return checks;
    }
    List<org.hibernate.mapping.CheckConstraint> declared = new ArrayList<>();
    for (Column column : table.getColumns()) {
      // A check the column's type implies is not the table's: the type stands for it on every database.
      String implied = EnumColumns.impliedCheck(column, dialect);
      column.getCheckConstraints().stream()
          .filter(check -> check.isNamed() || !check.getConstraint().equals(implied))
          .forEach(declared::add);
    }
    declared.addAll(table.getChecks());
    for (org.hibernate.mapping.CheckConstraint check : declared) {
      CheckConstraint model = check.isNamed()
          ? new CheckConstraint(check.getName(), check.getConstraint())
          : CheckConstraint.named(tableName, check.getConstraint());
      if (checks.stream().noneMatch(c -> Names.same(c.name(), model.name()))) {
        checks.add(model);
      }
    }
    return checks;
  }

  private static org.jpamigrations.model.Column column(Column column, Metadata metadata, Dialect dialect) {
    // Read before anything asks for the resolved type name: until then it holds only the
    // user's columnDefinition.
    String definition = column.getSqlType();
    int code = ColumnCalls.sqlTypeCode(column, metadata);
    Size size = ColumnCalls.columnSize(column, dialect, metadata);
    ColumnType type = EnumColumns.type(column, code, size, definition);
    if (type == null) {
      if (definition == null && ColumnTypes.dependsOnJavaType(code)) {
        definition = column.getSqlType(metadata);
      }
      type = ColumnTypes.of(code, size, definition);
    }
    return new org.jpamigrations.model.Column(
        column.getQuotedName(),
        type,
        column.isNullable(),
        column.isIdentity(),
        column.getDefaultValue(),
        column.getGeneratedAs(),
        column.getComment());
  }

  private static PrimaryKey primaryKey(Table table) {
    org.hibernate.mapping.PrimaryKey key = table.getPrimaryKey();
    if (key == null || key.getColumns().isEmpty()) {
      return null;
    }
    // The export names the primary key only after an explicitly named unique key over the same columns.
    UniqueKey naming = key.getOrderingUniqueKey();
    String name = naming != null && naming.isNameExplicit() ? naming.getName() : null;
    return new PrimaryKey(name, columnNames(key.getColumns()));
  }

  private static List<ForeignKey> foreignKeys(Table table, Dialect dialect, NameQualifierSupport qualifiers) {
    List<ForeignKey> foreignKeys = new ArrayList<>();
    if (!dialect.hasAlterTable()) {
      return foreignKeys;
    }
    for (org.hibernate.mapping.ForeignKey key : table.getForeignKeys().values()) {
      if (!key.isCreationEnabled() || !key.isPhysicalConstraint()) {
        continue;
      }
      List<Column> targets = key.isReferenceToPrimaryKey()
          ? key.getReferencedTable().getPrimaryKey().getColumns()
          : key.getReferencedColumns();
      ReferentialAction onDelete = dialect.supportsCascadeDelete()
          ? referentialAction(key.getOnDeleteAction())
          : ReferentialAction.NO_ACTION;
      foreignKeys.add(new ForeignKey(
          key.getName(),
          columnNames(key.getColumns()),
          tableName(key.getReferencedTable(), qualifiers),
          columnNames(targets),
          onDelete,
          key.getKeyDefinition()));
    }
    return foreignKeys;
  }

  private static List<Index> indexes(Table table, Dialect dialect) {
    List<Index> indexes = new ArrayList<>();
    for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
      List<String> columns = new ArrayList<>();
      List<String> descending = new ArrayList<>();
      for (Selectable selectable : index.getSelectables()) {
        String name = selectable instanceof Column column ? column.getQuotedName() : selectable.getText(dialect);
        columns.add(name);
        // columnList = "a desc": Hibernate keeps the order as written; ascending is every database's default
        if ("desc".equalsIgnoreCase(String.valueOf(index.getSelectableOrderMap().get(selectable)).strip())) {
          descending.add(name);
        }
      }
      indexes.add(new Index(indexName(index, dialect), columns, index.isUnique(), descending));
    }
    return indexes;
  }

  static ReferentialAction referentialAction(OnDeleteAction action) {
    if (action == null) {
      return ReferentialAction.NO_ACTION;
    }
    return switch (action) {
      case NO_ACTION -> ReferentialAction.NO_ACTION;
      case CASCADE -> ReferentialAction.CASCADE;
      case SET_NULL -> ReferentialAction.SET_NULL;
      case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
      case RESTRICT -> ReferentialAction.RESTRICT;
    };
  }

  /**
   * Mirrors what the table exporter does for a column marked unique that is not the whole primary
   * key: it adds the column to the unique key of the column's unique key name.
   */
  private static void registerColumnUniqueKeys(Table table) {
    for (Column column : table.getColumns()) {
      if (column.isUnique() && !table.isPrimaryKey(column)) {
        String name = column.getUniqueKeyName() != null
            ? column.getUniqueKeyName()
            : fallbackUniqueKeyName(table, column);
        UniqueKey key = table.getOrCreateUniqueKey(name);
        if (!key.containsColumn(column)) {
          key.addColumn(column);
        }
      }
    }
  }

  /**
   * The name the exporter gives a unique column that the naming strategy did not name: the MD5 of
   * table and column name in base 35, in Hibernate 6.6 as in 7.
   */
  private static String fallbackUniqueKeyName(Table table, Column column) {
    return Names.hashed("UK_", "table`" + table.getName() + "`column`" + column.getName() + "`");
  }

  private static String uniqueKeyName(UniqueKey key) {
    if (key.getName() != null) {
      return key.getName();
    }
    List<Identifier> columns = key.getColumns().stream().map(c -> Identifier.toIdentifier(c.getQuotedName())).toList();
    return NamingHelper.INSTANCE.generateHashedConstraintName("UK", key.getTable().getNameIdentifier(), columns);
  }

  private static List<String> columnNames(List<Column> columns) {
    return columns.stream().map(Column::getQuotedName).toList();
  }

  /**
   * The table's name as Hibernate's DDL qualifies it: a database without schemas (MySQL, MariaDB)
   * ignores {@code @Table(schema)}, one without catalogs ignores the catalog.
   */
  public static String tableName(Table table, NameQualifierSupport qualifiers) {
    return qualified(qualifiers, table.getCatalogIdentifier(), table.getSchemaIdentifier(), table.getNameIdentifier());
  }

  private static String sequenceName(QualifiedSequenceName name, NameQualifierSupport qualifiers) {
    return qualified(qualifiers, name.getCatalogName(), name.getSchemaName(), name.getSequenceName());
  }

  private static String qualified(
      NameQualifierSupport qualifiers, Identifier catalog, Identifier schema, Identifier name) {
    NameQualifierSupport support = qualifiers == null ? NameQualifierSupport.BOTH : qualifiers;
    return String.join(".", Arrays.stream(new Identifier[] {
            support.supportsCatalogs() ? catalog : null, support.supportsSchemas() ? schema : null, name})
        .filter(p -> p != null).map(SchemaExtractor::modelName).toList());
  }

  /**
   * An index's model name: Hibernate keeps {@code @Index(name = "\"Idx Order\"")} as a quoted
   * identifier whose text has no quotes, which only its rendering for a dialect shows.
   */
  private static String indexName(org.hibernate.mapping.Index index, Dialect dialect) {
    String rendered = index.getQuotedName(dialect);
    boolean quoted = rendered != null && rendered.length() > 1 && rendered.charAt(0) == dialect.openQuote()
        && !index.getName().startsWith(String.valueOf(dialect.openQuote()));
    return quoted ? "`" + index.getName() + "`" : index.getName();
  }

  /** A Hibernate identifier as a model name: quoted ones in backticks. */
  static String modelName(Identifier identifier) {
    return identifier.isQuoted() ? "`" + identifier.getText() + "`" : identifier.getText();
  }
}
