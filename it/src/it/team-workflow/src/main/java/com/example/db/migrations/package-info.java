/** Migrations of the team project: a base and two branches written on two machines after it. */
package com.example.db.migrations;
