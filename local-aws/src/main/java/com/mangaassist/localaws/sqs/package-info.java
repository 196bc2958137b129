/** SQS stand-in (ElasticMQ in this JVM) and provisioning of every queue and its dead-letter queue. */
package com.mangaassist.localaws.sqs;
