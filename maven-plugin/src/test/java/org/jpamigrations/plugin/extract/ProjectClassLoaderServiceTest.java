package org.jpamigrations.plugin.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.boot.registry.classloading.spi.ClassLoadingException;
import org.junit.jupiter.api.Test;

class ProjectClassLoaderServiceTest {

  /** Records what the project's loader is asked for. */
  private final List<String> asked = new ArrayList<>();
  private final ClassLoader project = new ClassLoader(getClass().getClassLoader()) {
    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      asked.add(name);
      return super.loadClass(name, resolve);
    }
  };

  @Test
  void looksForAMissingClassOnce() {
    ProjectClassLoaderService service = new ProjectClassLoaderService(project);
    try {
      for (int i = 0; i < 3; i++) {
        assertThatThrownBy(() -> service.classForName("com.example.package-info"))
            .isInstanceOf(ClassLoadingException.class).hasMessageContaining("com.example.package-info");
      }
      assertThat(asked).containsOnlyOnce("com.example.package-info");
    } finally {
      service.stop();
    }
  }

  @Test
  void loadsTheProjectsClassesThroughItsLoaderFirst() {
    ProjectClassLoaderService service = new ProjectClassLoaderService(project);
    try {
      Class<?> found = service.classForName(ProjectClassLoaderServiceTest.class.getName());
      assertThat(found).isSameAs(ProjectClassLoaderServiceTest.class);
      assertThat(asked).containsExactly(ProjectClassLoaderServiceTest.class.getName());
    } finally {
      service.stop();
    }
  }
}
