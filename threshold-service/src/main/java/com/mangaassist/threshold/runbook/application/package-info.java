/** The runbooks, each one implementation behind its REST path. */
package com.mangaassist.threshold.runbook.application;
