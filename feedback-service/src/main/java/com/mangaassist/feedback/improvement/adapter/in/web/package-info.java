/** The ML lead's improvement endpoints: run on demand, list proposals. */
package com.mangaassist.feedback.improvement.adapter.in.web;
