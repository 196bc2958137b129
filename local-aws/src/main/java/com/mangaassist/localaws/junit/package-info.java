/** The JUnit 5 extension that gives a test JVM the local stack, started once, isolated per test class. */
package com.mangaassist.localaws.junit;
