import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../src/model/empty';
import { leaveAddress, roomCodeOf, roomKeyOf, roomLink, teacherAddress, teacherRoomOf } from './roomAddress';

const KEY = 'BCd-_'.repeat(17) + 'xy';

describe('room addresses', () => {
  it('the students’ link carries the code and the teacher’s key; the teacher’s address carries the code only', () => {
    const link = new URL(roomLink('http://host:5173/?teach=K7M2QX#d=old', 'K7M2QX', 'ws://host:4455', emptyDocument('Talk'), KEY));
    expect(roomCodeOf(link.search)).toBe('K7M2QX');
    expect(roomKeyOf(link.search)).toBe(KEY);
    expect(link.searchParams.has('teach')).toBe(false);
    expect(link.searchParams.has('relay')).toBe(false);
    expect(link.hash).toMatch(/^#d=/);
    const teacher = new URL(teacherAddress('http://host:5173/?x=1#d=doc', 'K7M2QX', 'wss://relay.example/room'));
    expect(teacherRoomOf(teacher.search)).toBe('K7M2QX');
    expect(teacher.searchParams.get('relay')).toBe('wss://relay.example/room');
    expect(teacher.searchParams.has('key')).toBe(false);
    expect(teacher.hash).toBe('');
  });

  it('reads nothing from what cannot be a code or a key, and leaving drops every room part', () => {
    expect(teacherRoomOf('?teach=K7M2Q0')).toBeNull();
    expect(teacherRoomOf('?room=K7M2QX')).toBeNull();
    expect(roomKeyOf('?key=abc')).toBeNull();
    expect(roomKeyOf('?key=' + encodeURIComponent('<script>'.repeat(5)))).toBeNull();
    expect(leaveAddress(`http://host/?room=K7M2QX&key=${KEY}&teach=K7M2QX&relay=ws://x:1&lang=en`, null)).toBe('http://host/?lang=en');
  });
});
