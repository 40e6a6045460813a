-- The mail journal never shows a usable access link (notification.SecretLinks): mask those
-- already journalled before the rule existed.
update outgoing_mail
   set body = regexp_replace(body, '\S*/activation\.html\?jeton=[0-9A-Za-z]+', '« [lien personnel masqué] »', 'g')
 where body like '%jeton=%';
