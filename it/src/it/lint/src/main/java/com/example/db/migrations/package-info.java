/** Migrations of the shop. */
package com.example.db.migrations;
