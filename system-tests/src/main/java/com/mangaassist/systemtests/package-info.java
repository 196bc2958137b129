/** The running suite: the local stack plus every service as its own process, for people and for tests. */
package com.mangaassist.systemtests;
