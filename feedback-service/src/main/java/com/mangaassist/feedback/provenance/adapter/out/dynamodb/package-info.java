/** Customer profiles and the reputation table. */
package com.mangaassist.feedback.provenance.adapter.out.dynamodb;
