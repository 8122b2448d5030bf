package org.jpamigrations.plugin.extract;

/**
 * The Hibernate that read the mapping.
 *
 * @param version its version, such as {@code 6.6.56.Final}
 * @param projects whether it is the project's own hibernate-core; else the plugin's, for a project
 *     that has none
 */
public record MappingHibernate(String version, boolean projects) {

  /** Says which Hibernate it is, for the build log: "the project's Hibernate 6.6.56.Final". */
  public String describe() {
    return (projects ? "the project's" : "the plugin's") + " Hibernate " + version;
  }
}
