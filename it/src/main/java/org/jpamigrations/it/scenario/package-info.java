/**
 * The evolution scenarios' driver: each directory of {@code it/src/it/scenarios/evolutions} holds versions of
 * its entities ({@code v1..vN/java}, optional {@code seed.sql} and {@code known-gap.txt} per version,
 * optional {@code schemas.txt}), and the project's one test runs {@link
 * org.jpamigrations.it.scenario.EvolutionDriver#run} for each. The driver runs the plugin's commands
 * directly, so all scenarios cost one Maven invocation per database, however many versions they have.
 */
package org.jpamigrations.it.scenario;
