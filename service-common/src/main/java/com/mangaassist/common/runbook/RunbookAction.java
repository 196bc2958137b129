package com.mangaassist.common.runbook;

/**
 * How a catalogued runbook runs from its generic inputs: reads its {@link RunbookArguments} (invalid input
 * is an {@link IllegalArgumentException}) and calls the same application service the REST path calls.
 *
 * @param <R> the runbook result of the service
 */
@FunctionalInterface
public interface RunbookAction<R> {

    R run(RunbookCommand command, RunbookArguments arguments);
}
