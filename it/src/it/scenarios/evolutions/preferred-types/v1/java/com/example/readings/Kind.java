package com.example.readings;

public enum Kind { A, B, C }
