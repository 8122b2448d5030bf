package com.example.readings;

public enum Level { LOW, HIGH, CRITICAL }
