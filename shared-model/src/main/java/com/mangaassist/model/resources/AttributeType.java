package com.mangaassist.model.resources;

/** DynamoDB scalar key attribute types. */
public enum AttributeType {
    STRING,
    NUMBER
}
