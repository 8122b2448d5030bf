package com.acme.common;

/** Shared code with nothing to migrate. */
public record Money(long cents) {}
