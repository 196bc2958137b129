/** The feedback API and its problem details. */
package com.mangaassist.feedback.intake.adapter.in.web;
