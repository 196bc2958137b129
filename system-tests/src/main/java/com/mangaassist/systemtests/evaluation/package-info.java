/** Routing quality of the running suite, measured through the gateway on a labelled question set. */
package com.mangaassist.systemtests.evaluation;
