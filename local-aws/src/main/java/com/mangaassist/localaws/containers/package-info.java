/**
 * The {@code localstack} back end ({@code -Plocalstack}, issue 13): LocalStack, Redis and OpenSearch containers
 * started by the launcher JVM through Testcontainers, in place of the in-JVM stand-ins, with the same endpoint
 * keys. {@link com.mangaassist.localaws.containers.ContainerPlan} decides what runs where and is plain Java;
 * {@link com.mangaassist.localaws.containers.LocalStackContainers} is the only class that touches Testcontainers,
 * which is on the launcher's classpath only for this back end.
 */
package com.mangaassist.localaws.containers;
