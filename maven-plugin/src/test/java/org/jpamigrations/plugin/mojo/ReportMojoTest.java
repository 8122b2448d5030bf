package org.jpamigrations.plugin.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Reporting;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report goal as the project site sees it: one external page under Project Reports, once there are migrations. */
class ReportMojoTest {

  @TempDir
  Path basedir;

  private ReportMojo report;
  private Path migrations;

  @BeforeEach
  void project() {
    Model model = new Model();
    model.setGroupId("com.example");
    model.setArtifactId("shop");
    Build build = new Build();
    build.setDirectory(basedir.resolve("target").toString());
    build.setOutputDirectory(basedir.resolve("target/classes").toString());
    model.setBuild(build);
    MavenProject project = new MavenProject(model);
    project.addCompileSourceRoot(basedir.resolve("src/main/java").toString());
    report = new ReportMojo();
    report.project = project;
    migrations = basedir.resolve("src/main/java/com/example/db/migrations");
  }

  @Test
  void anExternalPageOfProjectReportsThatTheSiteLinksTo() {
    assertThat(report.isExternalReport()).isTrue();
    assertThat(report.getCategoryName()).isEqualTo(MavenReport.CATEGORY_PROJECT_REPORTS);
    assertThat(report.getOutputName()).isEqualTo("migrations-report/index");
    assertThat(report.getOutputPath()).isEqualTo("migrations-report/index");
    assertThat(report.getName(Locale.ENGLISH)).isEqualTo("Schema migrations");
    assertThat(report.getDescription(Locale.ENGLISH)).contains("ER diagrams", "revision graph", "can lose data");
  }

  @Test
  void writesIntoTheFolderTheSiteGivesElseTheReportingOutputDirectory() {
    assertThat(report.getReportOutputDirectory()).isEqualTo(basedir.resolve("target/site").toFile());
    Reporting reporting = new Reporting();
    reporting.setOutputDirectory(basedir.resolve("public").toString());
    report.project.getModel().setReporting(reporting);
    assertThat(report.getReportOutputDirectory()).isEqualTo(basedir.resolve("public").toFile());
    File french = basedir.resolve("target/site/fr").toFile();
    report.setReportOutputDirectory(french);
    assertThat(report.getReportOutputDirectory()).isEqualTo(french);
  }

  @Test
  void noReportBeforeTheProjectHasAMigrationsPackage() throws Exception {
    assertThat(report.canGenerateReport()).isFalse();
    Files.createDirectories(migrations);
    assertThat(report.canGenerateReport()).as("an empty folder is no package yet").isFalse();
    write(migrations.resolve("M20261201100000_CreateShelves.java"));
    assertThat(report.canGenerateReport()).isTrue();
    report.skip = true;
    assertThat(report.canGenerateReport()).as("migrations.skip").isFalse();
  }

  @Test
  void compiledMigrationsAreEnoughAndSubpackagesAreNotTheMigrationsPackage() throws Exception {
    write(migrations.resolve("old/M20261201100000_CreateShelves.java"));
    assertThat(report.canGenerateReport()).isFalse();
    write(basedir.resolve("target/classes/com/example/db/migrations/M20261201100000_CreateShelves.class"));
    assertThat(report.canGenerateReport()).isTrue();
  }

  @Test
  void theConfiguredPackageCountsAndABadNameFailsWithItsReason() throws Exception {
    write(basedir.resolve("src/main/java/com/example/schema/M20261201100000_CreateShelves.java"));
    assertThat(report.canGenerateReport()).isFalse();
    report.packageName = "com.example.schema";
    assertThat(report.canGenerateReport()).isTrue();
    report.packageName = "com.example.new";
    assertThatThrownBy(report::canGenerateReport)
        .isInstanceOf(MavenReportException.class)
        .hasMessageStartingWith("migrations.package 'com.example.new' is not a Java package name");
  }

  private static void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "");
  }
}
