/** Migrations of the shop: four, the first three of which are squashed into one. */
package com.example.db.migrations;
