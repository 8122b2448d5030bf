package com.example.library;

public enum Genre {
  NOVEL, POETRY, ESSAY
}
