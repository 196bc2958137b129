/** Judging past signals into reputations, and reading an account's reputation. */
package com.mangaassist.feedback.provenance.application;
