package org.jpamigrations.plugin.project;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Hibernate's start-up chatter (version banners, dialect notes) out of the build log; its
 * warnings still show, except deprecation notices about the dialect setting the plugin itself makes.
 * Hibernate logs through JBoss Logging, pointed here at java.util.logging.
 */
public final class Quiet {

  // Held strongly: java.util.logging forgets the level of a logger nobody references.
  private static final Logger HIBERNATE = Logger.getLogger("org.hibernate");
  private static final Logger DEPRECATION = Logger.getLogger("org.hibernate.orm.deprecation");

  private Quiet() {}

  public static void hibernate(boolean verbose) {
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "jdk");
    }
    HIBERNATE.setLevel(verbose ? Level.INFO : Level.WARNING);
    DEPRECATION.setLevel(verbose ? Level.INFO : Level.SEVERE);
  }
}
