package com.example.readings;

public enum Kind { A, C, D }
