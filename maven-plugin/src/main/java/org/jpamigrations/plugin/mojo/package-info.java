/** The Maven goals: thin adapters from parameters to the core API. */
package org.jpamigrations.plugin.mojo;
