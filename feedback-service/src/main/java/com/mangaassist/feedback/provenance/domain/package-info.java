/** The provenance table, account facts and reputation standings. */
package com.mangaassist.feedback.provenance.domain;
