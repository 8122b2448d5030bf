package org.jpamigrations.plugin.extract;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.boot.registry.classloading.internal.ClassLoaderServiceImpl;
import org.hibernate.boot.registry.classloading.internal.TcclLookupPrecedence;
import org.hibernate.boot.registry.classloading.spi.ClassLoadingException;

/**
 * Hibernate's class loading over the project's classes, remembering the names it could not load. Hibernate asks
 * for an entity's {@code package-info} at every property it binds, and a class that is not there is looked for in
 * every jar of the project, by the project's loader, by Hibernate's, and by the system's: at 200 entities on a
 * class path of a hundred jars, that was four fifths of Hibernate's metadata build. The thread's context loader is
 * not asked as well, since while the mapping is read it is the project's loader.
 */
public final class ProjectClassLoaderService extends ClassLoaderServiceImpl {

  private final Set<String> missing = ConcurrentHashMap.newKeySet();

  public ProjectClassLoaderService(ClassLoader projectLoader) {
    super(List.of(projectLoader), TcclLookupPrecedence.NEVER);
  }

  @Override
  public <T> Class<T> classForName(String className) {
    if (missing.contains(className)) {
      throw new ClassLoadingException("Unable to load class [" + className + "]");
    }
    try {
      return super.classForName(className);
    } catch (ClassLoadingException e) {
      missing.add(className);
      throw e;
    }
  }
}
