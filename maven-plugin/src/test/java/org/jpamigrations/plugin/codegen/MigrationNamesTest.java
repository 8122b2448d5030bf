package org.jpamigrations.plugin.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationNamesTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:15:00.750Z");

  @Test
  void revisionIsTheUtcTimeToTheSecond() {
    assertThat(MigrationNames.nextRevision(NOW, List.of())).isEqualTo("20261125101500");
  }

  @Test
  void revisionFollowsTheLatestExistingOne() {
    assertThat(MigrationNames.nextRevision(NOW, List.of("20261125101500"))).isEqualTo("20261125101501");
    assertThat(MigrationNames.nextRevision(NOW, List.of("20261125101459", "20261125101559", "20261125090000")))
        .as("a clock behind the latest revision still moves forward, across a minute")
        .isEqualTo("20261125101600");
    assertThat(MigrationNames.nextRevision(NOW, List.of("20261231235959"))).isEqualTo("20270101000000");
  }

  @Test
  void revisionIgnoresIdsOfAnotherForm() {
    assertThat(MigrationNames.nextRevision(NOW, List.of("99999999999999", "v2", "3026112510150", "initial")))
        .isEqualTo("20261125101500");
  }

  @Test
  void classNameIsTheRevisionAndTheMessageInUpperCamelCase() {
    assertThat(MigrationNames.className("20261125101500", "create shop tables"))
        .isEqualTo("M20261125101500_CreateShopTables");
    assertThat(MigrationNames.className("20261125101500", "  add user_email (unique!) to `order` "))
        .isEqualTo("M20261125101500_AddUserEmailUniqueToOrder");
    assertThat(MigrationNames.className("20261125101500", "drop FK on Größe v2"))
        .isEqualTo("M20261125101500_DropFKOnGrößeV2");
  }

  @Test
  void blankMessageGivesTheRevisionAlone() {
    assertThat(MigrationNames.className("20261125101500", "")).isEqualTo("M20261125101500");
    assertThat(MigrationNames.className("20261125101500", " -- ")).isEqualTo("M20261125101500");
    assertThat(MigrationNames.className("20261125101500", null)).isEqualTo("M20261125101500");
  }

  @Test
  void longMessageIsCutAtAWordBoundary() {
    String name = MigrationNames.className("20261125101500",
        "add the delivery address columns to purchase orders and copy them from customers");

    assertThat(name).hasSizeLessThanOrEqualTo(MigrationNames.MAX_CLASS_NAME)
        .isEqualTo("M20261125101500_AddTheDeliveryAddressColumnsToPurchaseOrders");
  }

  @Test
  void oneOverlongWordIsTruncated() {
    String name = MigrationNames.className("20261125101500", "x".repeat(100));

    assertThat(name).hasSize(MigrationNames.MAX_CLASS_NAME).startsWith("M20261125101500_Xxx");
  }
}
