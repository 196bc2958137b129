/** SES v2 stand-in: accepts outbound mail from the AWS SDK and keeps it in an inspectable outbox. */
package com.mangaassist.localaws.ses;
