package com.acme.app;

import com.acme.shop.Customer;

/** Uses the domain's entities; has none of its own. */
public class ShopApplication {
  public static void main(String[] args) {
    System.out.println(new Customer() + " " + new com.acme.common.Money(100));
  }
}
