/** The change-request API: propose, read, approve, reject, evaluation so far. */
package com.mangaassist.threshold.changerequest.adapter.in.web;
