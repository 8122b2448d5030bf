/**
 * The evolution scenarios' driver: each {@code it/src/it/scenario-*} project holds versions of its
 * entities ({@code src/versions/v1..vN/java}, optional {@code seed.sql} and {@code known-gap.txt} per
 * version, optional {@code schemas.txt}) and one test that calls {@link
 * org.jpamigrations.it.scenario.EvolutionDriver#run}. The driver runs the plugin's commands directly,
 * so a scenario costs one Maven invocation however many versions it has.
 */
package org.jpamigrations.it.scenario;
