/**
 * SQL for each database, built on Hibernate's {@code Dialect}.
 *
 * <p>{@link org.jpamigrations.dialect.SqlDialects} finds the {@link org.jpamigrations.dialect.SqlDialect}
 * for a connection or a name; {@link org.jpamigrations.dialect.HibernateSqlDialect} renders operations.
 * Type names, quoting, identity columns, sequences, foreign keys and indexes are Hibernate's, so the
 * statements create the schema Hibernate's schema export creates (tests compare both on H2,
 * PostgreSQL and MariaDB). What Hibernate has no API for is per database:
 *
 * <ul>
 *   <li>H2: {@code alter column c set data type}, {@code set/drop not null}, {@code set/drop default};
 *       {@code alter column a rename to b}; DDL commits the transaction.
 *   <li>PostgreSQL: the same standard forms, {@code using c::type} on a change of kind of type;
 *       {@code rename column}; DDL is transactional.
 *   <li>MySQL and MariaDB: {@code modify column} with the whole new definition; {@code rename table};
 *       {@code drop index i on t}; dropping the only index a foreign key uses drops and re-adds the
 *       key, so InnoDB gives it its own index again; no {@code on delete set default}; sequences are
 *       one-row tables on MySQL, as Hibernate uses them.
 *   <li>SQL Server: {@code alter column c type [not] null}; defaults are constraints with generated
 *       names, dropped by looking the name up in {@code sys.default_constraints}; renames through
 *       {@code sp_rename}; uniqueness over nullable columns is a filtered unique index
 *       ({@code where c is not null}), as Hibernate makes it; no column comments.
 *   <li>Oracle: {@code modify c [type] [default x] [null | not null]} naming only what changes;
 *       {@code on delete} only {@code cascade} or {@code set null}.
 * </ul>
 *
 * <p>A column becomes an identity column on H2, PostgreSQL, MySQL and MariaDB, restarted past the
 * highest value it holds, and stops being one there and on Oracle.
 *
 * <p>A lock timeout ({@code @LockTimeout}) is {@code set local lock_timeout} on PostgreSQL (plain {@code set} outside
 * a transaction), {@code set session lock_wait_timeout} in whole seconds on MySQL and MariaDB, and
 * {@code set lock_timeout} on H2, each session's own value put back after; SQL Server and Oracle get none yet.
 *
 * <p>Not covered: check constraints Hibernate adds for some types (booleans and enums on Oracle,
 * say), switching a column to or from identity on SQL Server (and to identity on Oracle), and moving
 * a table to another schema; write these with {@code execute()}.
 */
package org.jpamigrations.dialect;
