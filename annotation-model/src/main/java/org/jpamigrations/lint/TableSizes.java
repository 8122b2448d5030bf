package org.jpamigrations.lint;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.lint.Rule.Category;
import org.jpamigrations.model.Names;

/**
 * The estimated rows of the tables of the database lint was given, from its statistics: a fact shown with the
 * findings, which never changes their severity (a development database is often empty while production is not).
 *
 * @param estimates rows by table name as the database spells it, both {@code schema.table} and, for the schema
 *     first in the search path that has it, {@code table}; tables whose size is unknown are absent
 */
public record TableSizes(Map<String, Long> estimates) {

  /** No database, or one that could not tell. */
  public static final TableSizes UNKNOWN = new TableSizes(Map.of());

  public TableSizes {
    estimates = Map.copyOf(estimates);
  }

  /**
   * The estimated rows of one table.
   *
   * @param table the table's name as the model writes it
   * @param rows the estimate
   */
  public record Estimate(String table, long rows) {

    /** {@code customers: about 1,200,000 rows}; {@code customers: empty} where emptiness makes the finding moot. */
    public String describe(Category category) {
      return table + ": " + (rows == 0 && category != Category.DATA_LOSS
          ? "empty"
          : "about " + String.format(Locale.ROOT, "%,d", rows) + (rows == 1 ? " row" : " rows"));
    }
  }

  /**
   * Reads the estimates of the current schema(s) from the catalog, without counting rows; empty when the dialect
   * has no such statistics.
   */
  public static Optional<TableSizes> read(Connection connection, SqlDialect dialect) throws SQLException {
    Optional<String> query = dialect.rowEstimates();
    if (query.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Long> estimates = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query.get())) {
      while (rows.next()) {
        String schema = rows.getString(1);
        String table = rows.getString(2);
        long estimate = rows.getLong(3);
        if (rows.wasNull() || estimate < 0) {
          continue;
        }
        estimates.put(schema + "." + table, estimate);
        estimates.putIfAbsent(table, estimate);
      }
    }
    return Optional.of(new TableSizes(estimates));
  }

  /** The estimate for a table named as the model names it: quoted names exactly, others ignoring case. */
  public Optional<Estimate> of(String table) {
    Long exact = estimates.get(table);
    if (exact != null) {
      return Optional.of(new Estimate(table, exact));
    }
    return estimates.entrySet().stream().filter(e -> Names.same(table, e.getKey())).findFirst()
        .map(e -> new Estimate(table, e.getValue()));
  }
}
