/** The checklist's steps and statuses, the signals they are judged on, incidents and their Markdown timeline. */
package com.mangaassist.console.oncall.domain;
