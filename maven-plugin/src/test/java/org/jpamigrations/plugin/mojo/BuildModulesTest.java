package org.jpamigrations.plugin.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/** Which modules of a project use the entities of another and are Spring Boot applications. */
class BuildModulesTest {

  private final MavenProject domain = module("shop-domain");
  private final MavenProject common = module("shop-common");
  private final MavenProject service = module("shop-service", "com.acme:shop-domain");
  private final MavenProject web = module("shop-web", "com.acme:shop-service", "org.springframework.boot:spring-boot-starter-web");
  private final MavenProject batch = module("shop-batch", "com.acme:shop-common", "org.springframework.boot:spring-boot-starter");

  @Test
  void findsTheSpringBootApplicationsThatUseTheModuleThroughOthers() {
    List<MavenProject> modules = List.of(domain, common, service, web, batch);

    assertThat(BuildModules.springBootDependents(modules, domain)).containsExactly("shop-web");
    assertThat(BuildModules.springBootDependents(modules, common)).containsExactly("shop-batch");
    assertThat(BuildModules.springBootDependents(modules, web)).isEmpty();
  }

  @Test
  void aModuleThatNoSpringBootApplicationUsesHasNone() {
    assertThat(BuildModules.springBootDependents(List.of(domain, service), domain)).isEmpty();
  }

  private static MavenProject module(String artifactId, String... dependencies) {
    Model model = new Model();
    model.setGroupId("com.acme");
    model.setArtifactId(artifactId);
    model.setVersion("1.0");
    for (String coordinates : dependencies) {
      String[] parts = coordinates.split(":");
      Dependency dependency = new Dependency();
      dependency.setGroupId(parts[0]);
      dependency.setArtifactId(parts[1]);
      dependency.setVersion("1.0");
      model.addDependency(dependency);
    }
    return new MavenProject(model);
  }
}
