/** The reputation endpoint for on-call and ML leads. */
package com.mangaassist.feedback.provenance.adapter.in.web;
