package org.jpamigrations.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version the jar's manifest records. */
final class ManifestVersion implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"migrations-cli " + (version == null ? "(development build)" : version)};
  }
}
