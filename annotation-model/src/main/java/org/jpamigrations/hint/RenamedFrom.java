package org.jpamigrations.hint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says that an entity's table or an attribute's column was renamed, so that
 * {@code migrations:generate} writes {@code renameTable} / {@code renameColumn} and keeps the data,
 * instead of a drop and an add that lose it.
 *
 * <p>On an {@code @Entity} class it names the former names of the entity's table; on a field or
 * getter mapped to one column, the former names of that column. Names are physical names, as the
 * migrations record them ({@code "customers"}, {@code "full_name"}). A name that matches nothing in
 * the recorded schema is ignored, so the annotation can stay after the rename has been generated.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface RenamedFrom {

  /** The former physical names, most recent first. */
  String[] value();
}
