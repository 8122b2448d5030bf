package org.jpamigrations.plugin.codegen;

import com.palantir.javapoet.ClassName;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jpamigrations.migration.Dsl;
import org.jpamigrations.model.CheckConstraint;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.PrimaryKey;
import org.jpamigrations.model.ReferentialAction;
import org.jpamigrations.model.Sequence;
import org.jpamigrations.model.SqlTypeCodes;
import org.jpamigrations.model.Table;
import org.jpamigrations.model.UniqueConstraint;
import org.jpamigrations.operation.AddCheckConstraint;
import org.jpamigrations.operation.AddColumn;
import org.jpamigrations.operation.AddForeignKey;
import org.jpamigrations.operation.AddPrimaryKey;
import org.jpamigrations.operation.AddUniqueConstraint;
import org.jpamigrations.operation.AlterColumn;
import org.jpamigrations.operation.AlterSequence;
import org.jpamigrations.operation.CommentOnTable;
import org.jpamigrations.operation.CopyValues;
import org.jpamigrations.operation.CreateIndex;
import org.jpamigrations.operation.CreateSchema;
import org.jpamigrations.operation.CreateSequence;
import org.jpamigrations.operation.CreateTable;
import org.jpamigrations.operation.DropCheckConstraint;
import org.jpamigrations.operation.DropColumn;
import org.jpamigrations.operation.DropForeignKey;
import org.jpamigrations.operation.DropIndex;
import org.jpamigrations.operation.DropPrimaryKey;
import org.jpamigrations.operation.DropSchema;
import org.jpamigrations.operation.DropSequence;
import org.jpamigrations.operation.DropTable;
import org.jpamigrations.operation.DropUniqueConstraint;
import org.jpamigrations.operation.ExecuteJdbc;
import org.jpamigrations.operation.ExecuteSql;
import org.jpamigrations.operation.FillNulls;
import org.jpamigrations.operation.Operation;
import org.jpamigrations.operation.OperationVisitor;
import org.jpamigrations.operation.RenameColumn;
import org.jpamigrations.operation.RenameTable;

/**
 * Turns an operation into the Java statement that declares it on the {@code op} parameter of
 * {@code up()} or {@code down()}, written the way a person would: {@link Dsl} factories, bare (the file
 * imports {@code Dsl.*} statically when {@link #usedDsl()} says so), one
 * {@code .column(...)} per line, and only the parts that differ from the defaults.
 */
public final class JavaOperationRenderer implements OperationVisitor<CodeText> {

  private static final ClassName TYPES = ClassName.get(Types.class);
  private static final ClassName SQL_TYPE_CODES = ClassName.get(SqlTypeCodes.class);
  private static final ClassName REFERENTIAL_ACTION = ClassName.get(ReferentialAction.class);
  private static final ClassName PRIMARY_KEY = ClassName.get(PrimaryKey.class);
  private static final ClassName LIST = ClassName.get(List.class);

  /** Whether code rendered since {@link #usedDsl()} last answered refers to a {@link Dsl} factory. */
  private boolean usedDsl;

  /** Type codes that have a Dsl factory without arguments. */
  private static final Map<Integer, String> PLAIN_FACTORIES = Map.ofEntries(
      Map.entry(Types.BOOLEAN, "bool"),
      Map.entry(Types.BIT, "bit"),
      Map.entry(Types.TINYINT, "tinyint"),
      Map.entry(Types.SMALLINT, "smallint"),
      Map.entry(Types.INTEGER, "integer"),
      Map.entry(Types.BIGINT, "bigint"),
      Map.entry(Types.REAL, "real"),
      Map.entry(Types.DOUBLE, "doublePrecision"),
      Map.entry(Types.CLOB, "clob"),
      Map.entry(Types.BLOB, "blob"),
      Map.entry(Types.DATE, "date"),
      Map.entry(SqlTypeCodes.UUID, "uuid"),
      Map.entry(SqlTypeCodes.JSON, "json"));

  /** Type codes that have a Dsl factory taking the length. */
  private static final Map<Integer, String> LENGTH_FACTORIES = Map.of(
      Types.CHAR, "character",
      Types.VARCHAR, "varchar",
      Types.NVARCHAR, "nvarchar",
      Types.BINARY, "binary",
      Types.VARBINARY, "varbinary");

  /** Type codes that have a Dsl factory taking the precision. */
  private static final Map<Integer, String> PRECISION_FACTORIES = Map.of(
      Types.FLOAT, "float_",
      Types.TIME, "time",
      Types.TIMESTAMP, "timestamp",
      Types.TIMESTAMP_WITH_TIMEZONE, "timestampWithTimeZone");

  /** Type codes that have a Dsl factory taking precision and scale. */
  private static final Map<Integer, String> NUMERIC_FACTORIES = Map.of(
      Types.NUMERIC, "numeric",
      Types.DECIMAL, "decimal");

  /** Constant names for type codes, so that a fallback reads {@code type(Types.LONGVARCHAR)}. */
  private static final Map<Integer, Constant> TYPE_CONSTANTS = typeConstants();

  /** The statement, ending in a semicolon and a line break. */
  public CodeText render(Operation operation) {
    return operation.accept(this);
  }

  /**
   * Whether the code rendered since the last call refers to a {@link Dsl} factory, so that the file needs its
   * static import; answering starts the count again. Cheaper than searching the rendered text.
   */
  public boolean usedDsl() {
    boolean used = usedDsl;
    usedDsl = false;
    return used;
  }

  /** A {@link Dsl} factory's name, written bare: the file imports Dsl's members statically. */
  private String dsl(String factory) {
    usedDsl = true;
    return factory;
  }

  @Override
  public CodeText visit(CreateSchema op) {
    return statement("op.createSchema($S)", op.name());
  }

  @Override
  public CodeText visit(DropSchema op) {
    return statement("op.dropSchema($S)", op.name());
  }

  @Override
  public CodeText visit(CreateTable op) {
    return statement("op.createTable($L)", table(op.table()));
  }

  @Override
  public CodeText visit(DropTable op) {
    return statement("op.dropTable($S)", op.name());
  }

  @Override
  public CodeText visit(RenameTable op) {
    return statement("op.renameTable($S, $S)", op.from(), op.to());
  }

  @Override
  public CodeText visit(CommentOnTable op) {
    return statement("op.commentOnTable($S, $S)", op.table(), op.comment());
  }

  @Override
  public CodeText visit(AddColumn op) {
    return statement("op.addColumn($S, $L)", op.table(), column(op.column()));
  }

  @Override
  public CodeText visit(DropColumn op) {
    return statement("op.dropColumn($S, $S)", op.table(), op.column());
  }

  @Override
  public CodeText visit(AlterColumn op) {
    return statement(on(op.online()) + ".alterColumn($S, $L)", op.table(), column(op.column()));
  }

  @Override
  public CodeText visit(RenameColumn op) {
    return statement("op.renameColumn($S, $S, $S)", op.table(), op.from(), op.to());
  }

  @Override
  public CodeText visit(AddForeignKey op) {
    return statement(on(op.online()) + ".addForeignKey($S, $L)", op.table(), foreignKey(op.foreignKey()));
  }

  @Override
  public CodeText visit(DropForeignKey op) {
    return statement("op.dropForeignKey($S, $S)", op.table(), op.name());
  }

  @Override
  public CodeText visit(AddUniqueConstraint op) {
    UniqueConstraint unique = op.constraint();
    return statement("op.addUniqueConstraint($S, $S, $L)", op.table(), unique.name(), strings(unique.columns()));
  }

  @Override
  public CodeText visit(DropUniqueConstraint op) {
    return statement("op.dropUniqueConstraint($S, $S)", op.table(), op.name());
  }

  @Override
  public CodeText visit(AddPrimaryKey op) {
    PrimaryKey primaryKey = op.primaryKey();
    if (primaryKey.name() == null) {
      return statement("op.addPrimaryKey($S, $L)", op.table(), strings(primaryKey.columns()));
    }
    return statement("op.addPrimaryKey($S, new $T($S, $T.of($L)))",
        op.table(), PRIMARY_KEY, primaryKey.name(), LIST, strings(primaryKey.columns()));
  }

  @Override
  public CodeText visit(DropPrimaryKey op) {
    return statement("op.dropPrimaryKey($S)", op.table());
  }

  @Override
  public CodeText visit(AddCheckConstraint op) {
    CheckConstraint check = op.check();
    return statement(on(op.online()) + ".addCheckConstraint($S, $S, $S)", op.table(), check.name(),
        check.expression());
  }

  @Override
  public CodeText visit(DropCheckConstraint op) {
    return statement("op.dropCheckConstraint($S, $S)", op.table(), op.name());
  }

  @Override
  public CodeText visit(CreateIndex op) {
    return statement(on(op.online()) + ".createIndex($S, $L)", op.table(), index(op.index()));
  }

  @Override
  public CodeText visit(DropIndex op) {
    return statement(on(op.online()) + ".dropIndex($S, $S)", op.table(), op.name());
  }

  /** {@code op}, or {@code op.online()} for a step in its online form. */
  private static String on(boolean online) {
    return online ? "op.online()" : "op";
  }

  @Override
  public CodeText visit(CreateSequence op) {
    Sequence sequence = op.sequence();
    // start and increment are always shown: they are what a sequence is about
    return statement("op.createSequence(" + dsl("sequence") + "($S).startWith($L).incrementBy($L))",
        sequence.name(), number(sequence.start()), number(sequence.increment()));
  }

  @Override
  public CodeText visit(AlterSequence op) {
    Sequence sequence = op.sequence();
    return statement("op.alterSequence(" + dsl("sequence") + "($S).startWith($L).incrementBy($L))",
        sequence.name(), number(sequence.start()), number(sequence.increment()));
  }

  @Override
  public CodeText visit(DropSequence op) {
    return statement("op.dropSequence($S)", op.name());
  }

  @Override
  public CodeText visit(FillNulls op) {
    return op.value() == null ? statement("op.fillNulls($S, $S)", op.table(), op.column())
        : statement("op.fillNulls($S, $S, $S)", op.table(), op.column(), op.value());
  }

  @Override
  public CodeText visit(CopyValues op) {
    return statement("op.copyValues($S, $S, $S)", op.table(), op.from(), op.to());
  }

  @Override
  public CodeText visit(ExecuteSql op) {
    return statement("op.sql($S)", op.sql());
  }

  /** Java code cannot be recovered from a lambda, so the statement has a body to fill in. */
  @Override
  public CodeText visit(ExecuteJdbc op) {
    return CodeText.of("op.execute($S, connection -> {\n$>// TODO: write the JDBC code here\n$<});\n", op.description());
  }

  // ---- parts ----

  private static CodeText statement(String format, Object... args) {
    return CodeText.statement(format, args);
  }

  /** {@code table("x")} and its parts, one per line (a statement indents continuation lines). */
  CodeText table(Table table) {
    CodeText code = CodeText.of(dsl("table") + "($S)", table.name());
    for (Column column : table.columns()) {
      code.add("\n.column($L)", column(column));
    }
    PrimaryKey primaryKey = table.primaryKey();
    if (primaryKey != null && primaryKey.name() == null) {
      code.add("\n.withPrimaryKey($L)", strings(primaryKey.columns()));
    } else if (primaryKey != null) {
      code.add("\n.withPrimaryKey(new $T($S, $T.of($L)))",
          PRIMARY_KEY, primaryKey.name(), LIST, strings(primaryKey.columns()));
    }
    for (UniqueConstraint unique : table.uniqueConstraints()) {
      code.add("\n.withUnique($S, $L)", unique.name(), strings(unique.columns()));
    }
    for (CheckConstraint check : table.checks()) {
      code.add("\n.withCheck($S, $S)", check.name(), check.expression());
    }
    for (ForeignKey foreignKey : table.foreignKeys()) {
      code.add("\n.withForeignKey($L)", foreignKey(foreignKey));
    }
    for (Index index : table.indexes()) {
      code.add("\n.withIndex($L)", index(index));
    }
    if (table.comment() != null) {
      code.add("\n.withComment($S)", table.comment());
    }
    return code;
  }

  CodeText column(Column column) {
    CodeText code = CodeText.of(dsl("column") + "($S, $L)", column.name(), type(column.type()));
    if (!column.nullable()) {
      code.add("$Z.notNull()");
    }
    if (column.identity()) {
      code.add("$Z.withIdentity()");
    }
    if (column.defaultValue() != null) {
      code.add("$Z.withDefault($S)", column.defaultValue());
    }
    if (column.generated()) {
      code.add("$Z.withGeneratedAs($S)", column.generatedAs());
    }
    if (column.comment() != null) {
      code.add("$Z.withComment($S)", column.comment());
    }
    return code;
  }

  /**
   * The nicest Dsl factory for the type; {@code type(code)} with the set parts otherwise.
   */
  CodeText type(ColumnType type) {
    if (type.isEnum()) {
      // The enum factories when they make exactly this type
      String[] values = type.values().toArray(String[]::new);
      if (type.equals(Dsl.enumByOrdinal(values))) {
        return CodeText.of(dsl("enumByOrdinal") + "($L)", strings(type.values()));
      }
      if (type.length() != null && type.equals(Dsl.enumByName(type.length(), values))) {
        return CodeText.of(dsl("enumByName") + "($L, $L)", number(type.length()), strings(type.values()));
      }
    }
    CodeText code = new CodeText();
    Long length = type.length();
    Integer precision = type.precision();
    Integer scale = type.scale();
    int jdbcCode = type.code();
    if (length == null && precision == null && scale == null && PLAIN_FACTORIES.containsKey(jdbcCode)) {
      code.add(dsl(PLAIN_FACTORIES.get(jdbcCode)) + "()");
    } else if (length != null && precision == null && scale == null && LENGTH_FACTORIES.containsKey(jdbcCode)) {
      code.add(dsl(LENGTH_FACTORIES.get(jdbcCode)) + "($L)", number(length));
    } else if (length == null && precision != null && scale == null && PRECISION_FACTORIES.containsKey(jdbcCode)) {
      code.add(dsl(PRECISION_FACTORIES.get(jdbcCode)) + "($L)", precision);
    } else if (length == null && precision != null && scale != null && NUMERIC_FACTORIES.containsKey(jdbcCode)) {
      code.add(dsl(NUMERIC_FACTORIES.get(jdbcCode)) + "($L, $L)", precision, scale);
    } else {
      code.add(dsl("type") + "($L)", typeCode(jdbcCode));
      if (length != null) {
        code.add(".length($L)", number(length));
      }
      if (precision != null) {
        code.add(".precision($L)", precision);
      }
      if (scale != null) {
        code.add(".scale($L)", scale);
      }
    }
    if (type.isEnum()) {
      code.add("$Z.enumOf($L)", strings(type.values()));
    }
    if (type.definition() != null) {
      code.add("$Z.definedAs($S)", type.definition());
    }
    return code;
  }

  CodeText foreignKey(ForeignKey foreignKey) {
    CodeText code = CodeText.of(dsl("foreignKey") + "($S, $L)", foreignKey.name(), strings(foreignKey.columns()))
        .add("$Z.references($S, $L)", foreignKey.referencedTable(), strings(foreignKey.referencedColumns()));
    if (foreignKey.onDelete() != ReferentialAction.NO_ACTION) {
      code.add("$Z.onDelete($T.$L)", REFERENTIAL_ACTION, foreignKey.onDelete().name());
    }
    if (foreignKey.definition() != null) {
      code.add("$Z.definedAs($S)", foreignKey.definition());
    }
    return code;
  }

  CodeText index(Index index) {
    CodeText code = CodeText.of(dsl("index") + "($S, $L)", index.name(), strings(index.columns()));
    if (!index.descending().isEmpty()) {
      code.add("$Z.descending($L)", strings(index.descending()));
    }
    if (index.unique()) {
      code.add("$Z.asUnique()");
    }
    return code;
  }

  /** String literals separated by commas, for varargs. */
  private static CodeText strings(List<String> values) {
    CodeText code = new CodeText();
    for (int i = 0; i < values.size(); i++) {
      code.add(i == 0 ? "$S" : ", $S", values.get(i));
    }
    return code;
  }

  /** A long as a literal, with the {@code L} only where an int would not do. */
  private static String number(long value) {
    return value == (int) value ? Long.toString(value) : value + "L";
  }

  private static CodeText typeCode(int code) {
    Constant constant = TYPE_CONSTANTS.get(code);
    return constant != null ? CodeText.of("$T.$L", constant.owner(), constant.name()) : CodeText.of("$L", code);
  }

  /** A constant's class and name. */
  private record Constant(ClassName owner, String name) {}

  private static Map<Integer, Constant> typeConstants() {
    Map<Integer, Constant> constants = new HashMap<>();
    for (Field field : SqlTypeCodes.class.getFields()) {
      putConstant(constants, field, SQL_TYPE_CODES);
    }
    for (Field field : Types.class.getFields()) {
      putConstant(constants, field, TYPES); // java.sql.Types wins where both name a code
    }
    return Map.copyOf(constants);
  }

  private static void putConstant(Map<Integer, Constant> constants, Field field, ClassName owner) {
    int modifiers = field.getModifiers();
    if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == int.class) {
      try {
        constants.put(field.getInt(null), new Constant(owner, field.getName()));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
