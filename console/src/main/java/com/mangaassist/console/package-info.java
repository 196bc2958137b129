/**
 * The web console: server-rendered pages for reviewers, agents, on-call, ML leads and customers trying the assistant.
 * It signs people in, keeps their token in the server-side session, and calls only the public APIs of docs/API.md with
 * it (the {@code api} feature); the services decide what a role may do, the console hides what it may not.
 */
package com.mangaassist.console;
